namespace ApiHost.Api.Handlers.User;

/// <summary>user.login: login_type 1 takes the SMS code in <c>code</c>; 2 takes the password in <c>password</c>, or
/// in <c>code</c> when <c>password</c> is absent (what the original clients sent).</summary>
public sealed record UserLoginParameters(string Mobile, int LoginType, string? Code = null, string? Password = null);
