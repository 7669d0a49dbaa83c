namespace ApiHost.Api.Handlers.Catalog;

/// <summary>A category as section 2.15 shows it. <c>sub</c> is an object keyed "0_&lt;cat_id&gt;" when there are
/// children and an empty array when there are none, exactly as the document's example.</summary>
public sealed record CategoryNode(long CatId, string CatName, long Parentid, string CatCode, object Sub);
