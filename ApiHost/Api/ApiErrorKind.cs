namespace ApiHost.Api;

/// <summary>Business outcomes a handler can end with. Each dialect maps them to its own codes; handlers never
/// build envelopes.</summary>
public enum ApiErrorKind
{
    /// <summary>An ordinary business failure, shown to the user as is (Yaf 503).</summary>
    Business,

    /// <summary>A parameter is missing or has the wrong type or format (Yaf 503, naming the parameter).</summary>
    InvalidParameter,

    Forbidden,
    NotFound,
    SessionExpired,
    NotLoggedIn,
    LoggedInElsewhere,
    AlreadyRegistered,
    NotRegistered,
    PasswordChanged,
    LoginLocked,

    /// <summary>Wrong password or code for an existing account (Yaf 503; dialects with a code for it, e.g. seed 002's 3, use it).</summary>
    WrongCredentials,
    SmsCodeWrong,

    /// <summary>An unexpected fault; the message is generic and details go to the log only.</summary>
    Internal,
}
