using ApiHost.Api;

namespace ApiHost.Protocols.Yaf;

/// <summary>The numeric codes of seed 003, section 1.5.</summary>
public static class YafCodes
{
    public const int Success = 200;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int ServerError = 500;
    public const int Business = 503;
    public const int MethodMissing = 504;
    public const int VersionMissing = 505;
    public const int AppIdMissing = 506;
    public const int TimestampMissing = 507;
    public const int IpNotAllowed = 508;
    public const int NoSuchMethod = 509;
    public const int IpBanned = 510;
    public const int SessionExpired = 601;
    public const int NotLoggedIn = 602;
    public const int LoggedInElsewhere = 603;
    public const int AlreadyRegistered = 604;
    public const int NotRegistered = 605;
    public const int PasswordChanged = 606;
    public const int LoginLocked = 607;
    public const int SmsCodeWrong = 700;

    public static int For(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.Forbidden => Forbidden,
        ApiErrorKind.NotFound => NotFound,
        ApiErrorKind.SessionExpired => SessionExpired,
        ApiErrorKind.NotLoggedIn => NotLoggedIn,
        ApiErrorKind.LoggedInElsewhere => LoggedInElsewhere,
        ApiErrorKind.AlreadyRegistered => AlreadyRegistered,
        ApiErrorKind.NotRegistered => NotRegistered,
        ApiErrorKind.PasswordChanged => PasswordChanged,
        ApiErrorKind.LoginLocked => LoginLocked,
        ApiErrorKind.SmsCodeWrong => SmsCodeWrong,
        ApiErrorKind.Internal => ServerError,
        _ => Business,
    };
}
