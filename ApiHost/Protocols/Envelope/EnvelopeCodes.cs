using ApiHost.Api;

namespace ApiHost.Protocols.Envelope;

/// <summary>rspCode of seed 004: "000000" is success (the seed's only fixed value); the others are this product's,
/// grouped by their first digit: 1 the envelope, 2 the request's content, 3 the session, 4 the account, 9 the server.</summary>
public static class EnvelopeCodes
{
    public const string Ok = "000000";
    public const string BadFormat = "100001";
    public const string UnknownApp = "100002";
    public const string BadSignature = "100003";
    public const string BadContent = "100004";
    public const string Replayed = "100005";
    public const string SerialOutOfWindow = "100006";
    public const string UnknownAction = "100007";
    public const string MethodNotAllowed = "100008";
    public const string TooLarge = "100009";
    public const string AppNotAllowed = "100010";
    public const string InvalidParameter = "200001";
    public const string Business = "200002";
    public const string Forbidden = "200003";
    public const string NotFound = "200004";
    public const string SmsCodeWrong = "200005";
    public const string NotLoggedIn = "300001";
    public const string SessionExpired = "300002";
    public const string LoggedInElsewhere = "300003";
    public const string PasswordChanged = "300004";
    public const string AlreadyRegistered = "400001";
    public const string NotRegistered = "400002";
    public const string WrongCredentials = "400003";
    public const string LoginLocked = "400004";
    public const string Busy = "900001";
    public const string IpBanned = "900002";
    public const string Maintenance = "900003";
    public const string Internal = "999999";

    public static string For(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.InvalidParameter => InvalidParameter,
        ApiErrorKind.Forbidden => Forbidden,
        ApiErrorKind.NotFound => NotFound,
        ApiErrorKind.SmsCodeWrong => SmsCodeWrong,
        ApiErrorKind.NotLoggedIn => NotLoggedIn,
        ApiErrorKind.SessionExpired => SessionExpired,
        ApiErrorKind.LoggedInElsewhere => LoggedInElsewhere,
        ApiErrorKind.PasswordChanged => PasswordChanged,
        ApiErrorKind.AlreadyRegistered => AlreadyRegistered,
        ApiErrorKind.NotRegistered => NotRegistered,
        ApiErrorKind.WrongCredentials => WrongCredentials,
        ApiErrorKind.LoginLocked => LoginLocked,
        ApiErrorKind.Internal => Internal,
        _ => Business,
    };
}
