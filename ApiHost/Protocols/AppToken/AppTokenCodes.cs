using ApiHost.Api;

namespace ApiHost.Protocols.AppToken;

/// <summary>The error-code table of seed 002, for the outcomes this product has.</summary>
public static class AppTokenCodes
{
    public const int Failed = -1;
    public const int Ok = 0;
    public const int TooFrequent = 1;
    public const int WrongPassword = 3;
    public const int NoSuchUser = 4;
    public const int UserExists = 5;
    public const int NotLoggedIn = 7;
    public const int IllegalParameter = 11;
    public const int NotFound = 12;
    public const int NoPermission = 13;
    public const int WrongCode = 25;

    public static int For(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.InvalidParameter => IllegalParameter,
        ApiErrorKind.WrongCredentials => WrongPassword,
        ApiErrorKind.NotRegistered => NoSuchUser,
        ApiErrorKind.AlreadyRegistered => UserExists,
        ApiErrorKind.NotLoggedIn or ApiErrorKind.SessionExpired or ApiErrorKind.LoggedInElsewhere or ApiErrorKind.PasswordChanged => NotLoggedIn,
        ApiErrorKind.NotFound => NotFound,
        ApiErrorKind.Forbidden => NoPermission,
        ApiErrorKind.LoginLocked => TooFrequent,
        ApiErrorKind.SmsCodeWrong => WrongCode,
        _ => Failed,
    };
}
