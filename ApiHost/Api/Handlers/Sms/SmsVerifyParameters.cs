namespace ApiHost.Api.Handlers.Sms;

public sealed record SmsVerifyParameters(string Mobile, string Key, string Code);
