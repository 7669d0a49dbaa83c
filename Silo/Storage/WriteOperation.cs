using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>One pending conditional write, completed when its transaction commits.</summary>
internal sealed class WriteOperation(string grainType, string grainId, long? expectedVersion, string? payload)
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string GrainType { get; } = grainType;

    public string GrainId { get; } = grainId;

    public long? ExpectedVersion { get; } = expectedVersion;

    public string? Payload { get; } = payload;

    /// <summary>The version the row has after this write.</summary>
    public long NewVersion => (ExpectedVersion ?? 0) + 1;

    public Task<long> Task => _completion.Task;

    /// <summary>Set by the batch executor: whether the conditional statement matched its row.</summary>
    public bool Applied { get; set; }

    public void Succeed() => _completion.TrySetResult(NewVersion);

    public void Conflict() => _completion.TrySetException(new InconsistentStateException(
        $"ETag conflict writing {GrainType}/{GrainId}.", storedEtag: null, currentEtag: ExpectedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
