namespace Orleans.Tools.LoadTest.Running;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run finished but an invariant failed (oversell, limit, missing order...).</summary>
    public const int InvariantFailed = 1;

    /// <summary>Bad option or configuration: unreachable host, wrong secret, sale not found, admin login refused...</summary>
    public const int BadConfiguration = 2;

    /// <summary>Something else went wrong (reported in one line).</summary>
    public const int Failed = 3;

    /// <summary>Stopped by Ctrl+C before the load phase.</summary>
    public const int Cancelled = 130;
}
