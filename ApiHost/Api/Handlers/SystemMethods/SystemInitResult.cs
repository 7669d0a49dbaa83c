using System.Text.Json.Serialization;

namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>Every field of section 2.1. token_status: 1 when the token sent is valid (and was just slid), else 0.
/// upgrade, start_ad and notice_dialog are empty objects when there is nothing to show.</summary>
public sealed record SystemInitResult(
    int TokenStatus,
    [property: JsonConverter(typeof(EmptyObjectWhenNullConverter<UpgradeView>))] UpgradeView? Upgrade,
    [property: JsonConverter(typeof(EmptyObjectWhenNullConverter<AdView>))] AdView? StartAd,
    string AppHomeRightBtnUrl,
    LinkView AppService,
    LinkView AppAbout,
    LinkView AppFeedback,
    [property: JsonConverter(typeof(EmptyObjectWhenNullConverter<NoticeDialogView>))] NoticeDialogView? NoticeDialog);
