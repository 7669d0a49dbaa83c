using Orleans.Concurrency;

namespace Orleans.Tests.TestGrains;

/// <summary>Shared by a plain and a reentrant grain, to compare their scheduling.</summary>
public interface ISequence
{
    /// <summary>Appends after awaiting <paramref name="delayMs"/>; records how many Appends were in progress at once.</summary>
    Task Append(int value, int delayMs);

    Task<int[]> GetValues();

    Task<int> MaxInProgress();

    /// <summary>True if two pieces of this grain's code ever ran at the same instant.</summary>
    Task<bool> RanInParallel();

    [AlwaysInterleave]
    Task<int> InProgressNow();
}
