namespace ApiHost.Admin.Links;

/// <summary>A friendly link as an admin sets it: its link category (cat_type 2), name, target and optional image;
/// lower <c>sort</c> first; only <c>display</c> links reach clients.</summary>
public sealed record LinkRequest(long CatId, string LinkName, string LinkUrl, string ImageUrl = "", int Sort = 0, bool Display = true);
