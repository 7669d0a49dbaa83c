namespace Orleans.Grains.Identity;

/// <summary>Login attempts of one mobile number (keyed by the number), with the lockout after repeated failures.
/// The credential is checked inside this grain's turn, so parallel guesses cannot slip past the limit.</summary>
public interface ILoginGuardGrain : IGrainWithStringKey
{
    Task<LoginAttemptResult> Attempt(LoginAttempt attempt);
}
