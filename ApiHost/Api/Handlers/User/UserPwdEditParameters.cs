namespace ApiHost.Api.Handlers.User;

public sealed record UserPwdEditParameters(string OldPwd, string NewPwd);
