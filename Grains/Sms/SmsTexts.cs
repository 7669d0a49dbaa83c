namespace Orleans.Grains.Sms;

/// <summary>The text of each template's message.</summary>
public static class SmsTexts
{
    public static string For(string template, string code, TimeSpan lifetime)
    {
        var minutes = (int)Math.Ceiling(lifetime.TotalMinutes);
        return template switch
        {
            SmsTemplates.Register => $"您的注册验证码是{code}，{minutes}分钟内有效，请勿泄露给他人。",
            SmsTemplates.Login => $"您的登录验证码是{code}，{minutes}分钟内有效，请勿泄露给他人。",
            SmsTemplates.FindPassword => $"您正在找回密码，验证码是{code}，{minutes}分钟内有效，请勿泄露给他人。",
            _ => throw new ArgumentException($"Unknown SMS template {template}.", nameof(template)),
        };
    }
}
