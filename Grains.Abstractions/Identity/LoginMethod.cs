namespace Orleans.Grains.Identity;

public enum LoginMethod
{
    /// <summary>login_type 1: a USER_LOGIN_CODE text message code, consumed on success.</summary>
    SmsCode = 1,

    /// <summary>login_type 2.</summary>
    Password = 2,
}
