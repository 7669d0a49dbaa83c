namespace Orleans.Grains.Identity;

/// <summary>Mobile number to user id, keyed by the number. Registration happens in this grain's turn, so two
/// concurrent registrations of one number cannot both succeed.</summary>
public interface IMobileIndexGrain : IGrainWithStringKey
{
    /// <summary>The user registered with this number, or null.</summary>
    Task<long?> Lookup();

    /// <summary>Registers the number with a new user id and this password; Created is false (and UserId the existing
    /// user) when the number is already registered.</summary>
    Task<RegistrationResult> Register(string password);
}
