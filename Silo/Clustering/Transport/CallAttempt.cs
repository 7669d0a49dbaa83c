namespace Orleans.Runtime.Transport;

/// <summary>The outcome of one attempt and, when it may be retried, why it did not get through (for the error the
/// caller sees if the retries run out).</summary>
internal readonly record struct CallAttempt(CallOutcome Outcome, string? Reason = null)
{
    public static CallAttempt Answered { get; } = new(CallOutcome.Answered);
}
