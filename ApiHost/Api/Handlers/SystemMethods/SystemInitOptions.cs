namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>What system.init shows besides grain content, bound from the "SystemInit" configuration section.</summary>
public sealed class SystemInitOptions
{
    /// <summary>The ad position whose first live ad is the start-up ad. Default "APP_START_AD".</summary>
    public string StartAdPosition { get; set; } = "APP_START_AD";

    /// <summary>The notice board whose newest live dialog notice is shown. Default "app".</summary>
    public string NoticeBoard { get; set; } = "app";

    public string AppHomeRightBtnUrl { get; set; } = string.Empty;

    public LinkOptions AppService { get; set; } = new() { Txt = "服务中心" };

    public LinkOptions AppAbout { get; set; } = new() { Txt = "关于我们" };

    public LinkOptions AppFeedback { get; set; } = new() { Txt = "意见反馈" };

    public sealed class LinkOptions
    {
        public string Txt { get; set; } = string.Empty;

        public string Url { get; set; } = string.Empty;

        public LinkView ToView() => new(Txt, Url);
    }
}
