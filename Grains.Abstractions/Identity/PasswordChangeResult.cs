namespace Orleans.Grains.Identity;

public enum PasswordChangeResult
{
    Changed,
    WrongOldPassword,
    SameAsOld,
}
