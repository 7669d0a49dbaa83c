using ApiHost.Admin.Http;
using Orleans.Grains.Sms;

namespace ApiHost.Admin.Sms;

/// <summary>One message of the sandbox outbox.</summary>
/// <param name="Mobile">Recipient.</param>
/// <param name="Template">Template id, e.g. USER_REGISTER_CODE.</param>
/// <param name="Code">The verification code it carried.</param>
/// <param name="Text">The full text.</param>
/// <param name="CTime">When it was sent, "yyyy-MM-dd HH:mm:ss" (UTC+8).</param>
public sealed record SmsOutboxItem(string Mobile, string Template, string Code, string Text, string CTime)
{
    public static SmsOutboxItem From(SmsMessage message) =>
        new(message.Mobile, message.Template, message.Code, message.Text, AdminTime.Format(message.SentAt));
}
