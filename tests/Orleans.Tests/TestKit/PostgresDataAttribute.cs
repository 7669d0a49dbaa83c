using System.Reflection;
using Xunit.Sdk;

namespace Orleans.Tests.TestKit;

/// <summary>A theory row for the PostgreSQL provider. Skipped, with the reason, when TEST_POSTGRES (a connection
/// string) is not set; .ci/run sets it after starting a real server.</summary>
public sealed class PostgresDataAttribute : DataAttribute
{
    public const string Variable = "TEST_POSTGRES";

    public PostgresDataAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one and sets it).";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["Postgres"]];
}
