namespace ApiHost.Api.Handlers.Sms;

/// <summary>sms.send: <c>key</c> is the template (USER_REGISTER_CODE, USER_LOGIN_CODE, USER_FIND_PWD).</summary>
public sealed record SmsSendParameters(string Mobile, string Key);
