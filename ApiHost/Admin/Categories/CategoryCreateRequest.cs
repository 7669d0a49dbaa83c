namespace ApiHost.Admin.Categories;

/// <summary>A new category: <c>cat_type</c> 1 article, 2 link, 3 goods; a child (<c>parentid</c> &gt; 0) has its
/// parent's type. Lower <c>sort</c> comes first.</summary>
public sealed record CategoryCreateRequest(string CatName, int CatType, long Parentid = 0, int Sort = 0, bool Display = true);
