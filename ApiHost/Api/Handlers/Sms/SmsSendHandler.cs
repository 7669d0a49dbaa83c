using ApiHost.Api.Handlers.User;
using Microsoft.Extensions.Options;
using Orleans.Grains.Identity;
using Orleans.Grains.Sms;

namespace ApiHost.Api.Handlers.Sms;

/// <summary>sms.send: a new 6-digit code for (template, mobile), within the send interval and the daily caps of the
/// number and of the caller's address. A register code needs an unregistered number, the others a registered one,
/// so the method cannot be used to text arbitrary numbers with codes they can never use.</summary>
public sealed class SmsSendHandler(IOptions<SmsOptions> options) : ApiHandler<SmsSendParameters, EmptyResult>
{
    public override string Method => "sms.send";

    public override bool IsWrite => true;

    public override bool CountsTowardIpBan => true;

    protected override async Task<ApiResult> HandleAsync(SmsSendParameters parameters, ApiContext context)
    {
        var mobile = IdentityRules.Mobile(parameters.Mobile);
        var template = SmsTemplates.IsKnown(parameters.Key) ? parameters.Key : throw ApiException.Parameter("key", "不是有效的短信模板");
        var registered = await context.Grains.GetGrain<IMobileIndexGrain>(mobile).Lookup() is not null;
        if (template == SmsTemplates.Register && registered)
        {
            throw new ApiException(ApiErrorKind.AlreadyRegistered, "账号已注册");
        }

        if (template != SmsTemplates.Register && !registered)
        {
            throw new ApiException(ApiErrorKind.NotRegistered, "账号未注册");
        }

        var status = await context.Grains.GetGrain<ISmsCodeGrain>(SmsTemplates.CodeKey(template, mobile)).Send(context.ClientIp.ToString());
        return status switch
        {
            SmsSendStatus.Sent => new ApiResult("发送成功"),
            SmsSendStatus.IntervalTooShort => throw ApiException.Business($"两次发送间隔小于{(int)options.Value.SendInterval.TotalSeconds}秒"),
            SmsSendStatus.MobileDailyLimit => throw ApiException.Business("该手机号今日短信发送次数已达上限"),
            _ => throw ApiException.Business("您的 IP 今日短信发送次数已达上限"),
        };
    }
}
