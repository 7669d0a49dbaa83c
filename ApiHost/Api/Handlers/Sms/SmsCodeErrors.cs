using Orleans.Grains.Sms;

namespace ApiHost.Api.Handlers.Sms;

/// <summary>The answers to a failed SMS code check, shared by every method that takes a code.</summary>
public static class SmsCodeErrors
{
    public static ApiException Wrong() => new(ApiErrorKind.SmsCodeWrong, "验证码不正确");

    public static ApiException Expired() => ApiException.Business("验证码已失效，请重新获取");

    public static void ThrowUnlessCorrect(SmsCheck check)
    {
        switch (check)
        {
            case SmsCheck.Correct:
                return;
            case SmsCheck.Wrong:
                throw Wrong();
            default:
                throw Expired();
        }
    }
}
