namespace Orleans.Grains.Identity;

/// <summary>What a user shows of itself: the fields of the login and detail answers.</summary>
public sealed record UserProfile(
    long UserId,
    string Mobile,
    string OpenId,
    string Nickname,
    string HeadImage,
    string Intro,
    DateTimeOffset RegisteredAt,
    bool Locked = false);
