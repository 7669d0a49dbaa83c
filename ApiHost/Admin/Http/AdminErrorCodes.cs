namespace ApiHost.Admin.Http;

/// <summary>The errCode values of the admin API (seed 001): 0 is success; the others are the HTTP status they come
/// with, times ten, plus a digit that tells cases of one status apart.</summary>
public static class AdminErrorCodes
{
    public const int Ok = 0;
    public const int InvalidParameter = 4000;
    public const int NotSignedIn = 4010;
    public const int BadCredentials = 4011;
    public const int AccountDisabled = 4012;
    public const int TokenInvalid = 4013;
    public const int Forbidden = 4030;
    public const int NotFound = 4040;
    public const int Conflict = 4090;
    public const int BodyTooLarge = 4130;
    public const int LoginLocked = 4290;
    public const int Internal = 5000;
}
