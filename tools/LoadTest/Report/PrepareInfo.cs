namespace Orleans.Tools.LoadTest.Report;

/// <summary>How preparation went: users ready and failed, time taken, calls made.</summary>
public sealed record PrepareInfo(int UsersReady, int UsersFailed, double Seconds, long Calls, long Errors, string? FirstFailure);
