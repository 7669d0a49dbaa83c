namespace ApiHost.Api.Handlers.User;

/// <summary>user.pwd.find: a USER_FIND_PWD code and the new password.</summary>
public sealed record UserPwdFindParameters(string Mobile, string Code, string Password);
