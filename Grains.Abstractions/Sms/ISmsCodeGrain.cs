namespace Orleans.Grains.Sms;

/// <summary>The verification code of one (template, mobile) pair, keyed by <see cref="SmsTemplates.CodeKey"/>:
/// sending with its interval and daily limits, verifying with a bounded number of wrong tries.</summary>
public interface ISmsCodeGrain : IGrainWithStringKey
{
    /// <summary>Sends a new code (replacing any earlier one) unless a limit refuses it; <paramref name="clientIp"/>
    /// is the requesting address whose daily quota is charged.</summary>
    Task<SmsSendStatus> Send(string clientIp);

    /// <summary>Checks a code without using it up (sms.verify).</summary>
    Task<SmsCheck> Verify(string code);

    /// <summary>Checks a code and, when right, uses it up (login, register, password recovery).</summary>
    Task<SmsCheck> Consume(string code);
}
