using ApiHost.Api.Handlers.User;
using Orleans.Grains.Sms;

namespace ApiHost.Api.Handlers.Sms;

/// <summary>sms.verify: checks a code without using it up; a wrong code answers 700 and counts toward the limit of
/// wrong tries that invalidates the code.</summary>
public sealed class SmsVerifyHandler : ApiHandler<SmsVerifyParameters, EmptyResult>
{
    public override string Method => "sms.verify";

    // Wrong tries change the code's state, so a replayed call must not count twice.
    public override bool IsWrite => true;

    protected override async Task<ApiResult> HandleAsync(SmsVerifyParameters parameters, ApiContext context)
    {
        var mobile = IdentityRules.Mobile(parameters.Mobile);
        var template = SmsTemplates.IsKnown(parameters.Key) ? parameters.Key : throw ApiException.Parameter("key", "不是有效的短信模板");
        var code = IdentityRules.Secret(parameters.Code, "code");
        SmsCodeErrors.ThrowUnlessCorrect(await context.Grains.GetGrain<ISmsCodeGrain>(SmsTemplates.CodeKey(template, mobile)).Verify(code));
        return new ApiResult("验证码正确");
    }
}
