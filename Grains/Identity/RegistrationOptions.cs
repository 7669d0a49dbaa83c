namespace Orleans.Grains.Identity;

/// <summary>Registration rules, bound from the "Mall" configuration section (the bonus is mall gold), so the setting
/// is <c>Mall:RegistrationBonus</c>.</summary>
public sealed class RegistrationOptions
{
    /// <summary>Gold coins credited to a new user, once. Default 0 (none).</summary>
    public int RegistrationBonus { get; set; }
}
