using ApiHost.Api;

namespace ApiHost.Protocols.AppJson;

/// <summary>The business status codes of seed 000. 4012 (app token invalid) answers a client app that is unknown,
/// disabled or not allowed this dialect; 4010 (phone binding) and 4011 (identity not verified) are reserved by the
/// seed for outcomes this product does not have, so nothing answers them.</summary>
public static class AppJsonCodes
{
    public const int Ok = 200;
    public const int Failed = 400;
    public const int NotLoggedIn = 401;
    public const int PhoneBindingNeeded = 4010;
    public const int IdentityNotVerified = 4011;
    public const int AppTokenInvalid = 4012;
    public const int ServerError = 500;
    public const int Busy = 503;

    /// <summary>Every session problem is 401 (the client shows its login); other refusals are 400 with msg shown.</summary>
    public static int For(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.NotLoggedIn or ApiErrorKind.SessionExpired or ApiErrorKind.LoggedInElsewhere or ApiErrorKind.PasswordChanged => NotLoggedIn,
        ApiErrorKind.Internal => ServerError,
        _ => Failed,
    };
}
