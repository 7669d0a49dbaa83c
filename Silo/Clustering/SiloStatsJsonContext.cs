using System.Text.Json.Serialization;

namespace Orleans.Runtime;

[JsonSerializable(typeof(SiloStats))]
internal sealed partial class SiloStatsJsonContext : JsonSerializerContext;
