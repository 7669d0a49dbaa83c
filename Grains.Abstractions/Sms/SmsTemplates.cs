namespace Orleans.Grains.Sms;

/// <summary>The SMS templates clients may request (sms.send "key").</summary>
public static class SmsTemplates
{
    public const string Register = "USER_REGISTER_CODE";
    public const string Login = "USER_LOGIN_CODE";
    public const string FindPassword = "USER_FIND_PWD";

    public static bool IsKnown(string? template) => template is Register or Login or FindPassword;

    /// <summary>The key of the <see cref="ISmsCodeGrain"/> of a (template, mobile) pair.</summary>
    public static string CodeKey(string template, string mobile) => template + ":" + mobile;
}
