using Orleans.Tools.LoadTest.Checks;

namespace Orleans.Tools.LoadTest.Report;

/// <summary>Everything the final table shows; <c>--json</c> writes this record.</summary>
public sealed record RunReport(
    string Scenario,
    string Url,
    string Mode,
    int Connections,
    double? Rate,
    double Seconds,
    string StoppedBy,
    long Requests,
    long Errors,
    double Throughput,
    SaleInfo? Sale,
    PrepareInfo? Prepare,
    IReadOnlyList<MethodReport> Methods,
    InvariantReport? Invariants,
    string? CheckError,
    int ExitCode);
