namespace ApiHost.Api.Handlers.User;

/// <summary>user.register: a USER_REGISTER_CODE code and the new password.</summary>
public sealed record UserRegisterParameters(string Mobile, string Password, string Code);
