using ApiHost.Admin.Http;
using ApiHost.Api;

namespace ApiHost.Protocols.RestV1;

/// <summary>errCode of seed 001 for clients, in the admin API's scheme (<see cref="AdminErrorCodes"/>): the HTTP
/// status times ten plus a digit that tells cases of one status apart; 0 is success.</summary>
public static class RestV1Codes
{
    public const int SmsCodeWrong = 4001;
    public const int SessionExpired = 4013;
    public const int LoggedInElsewhere = 4014;
    public const int PasswordChanged = 4015;
    public const int AppNotAllowed = 4031;
    public const int NotRegistered = 4041;
    public const int NoSuchMethod = 4042;
    public const int MethodNotAllowed = 4050;
    public const int Business = 4220;
    public const int IpBanned = 4291;
    public const int Busy = 5030;
    public const int Maintenance = 5031;

    public static (int HttpStatus, int ErrCode) For(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.InvalidParameter => (400, AdminErrorCodes.InvalidParameter),
        ApiErrorKind.SmsCodeWrong => (400, SmsCodeWrong),
        ApiErrorKind.NotLoggedIn => (401, AdminErrorCodes.NotSignedIn),
        ApiErrorKind.WrongCredentials => (401, AdminErrorCodes.BadCredentials),
        ApiErrorKind.SessionExpired => (401, SessionExpired),
        ApiErrorKind.LoggedInElsewhere => (401, LoggedInElsewhere),
        ApiErrorKind.PasswordChanged => (401, PasswordChanged),
        ApiErrorKind.Forbidden => (403, AdminErrorCodes.Forbidden),
        ApiErrorKind.NotFound => (404, AdminErrorCodes.NotFound),
        ApiErrorKind.NotRegistered => (404, NotRegistered),
        ApiErrorKind.AlreadyRegistered => (409, AdminErrorCodes.Conflict),
        ApiErrorKind.LoginLocked => (429, AdminErrorCodes.LoginLocked),
        ApiErrorKind.Internal => (500, AdminErrorCodes.Internal),
        _ => (422, Business),
    };

    /// <summary>A refusal before any handler ran, by its HTTP status.</summary>
    public static int ForStatus(int httpStatus) => httpStatus switch
    {
        404 => NoSuchMethod,
        405 => MethodNotAllowed,
        413 => AdminErrorCodes.BodyTooLarge,
        _ => httpStatus * 10,
    };
}
