using static Orleans.Tests.AdminRest.GoodsAdminTests;

namespace Orleans.Tests.AdminRest;

/// <summary>/v1/categories: create, read, list with filters, update, delete, and the tree's rules as 400/404/409.</summary>
public sealed class CategoryAdminTests
{
    [Fact]
    public async Task Categories_are_created_read_listed_updated_and_deleted_as_clients_see_them()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();

        var root = await admin.PostAsync("/v1/categories", new { cat_name = "体育新闻", cat_type = 1, sort = 2 });
        var rootId = root.First.GetProperty("cat_id").GetInt64();
        var child = await admin.PostAsync("/v1/categories", new { cat_name = "足球", cat_type = 1, parentid = rootId });
        var childId = child.First.GetProperty("cat_id").GetInt64();
        await admin.PostAsync("/v1/categories", new { cat_name = "搜索引擎", cat_type = 2 });

        Assert.Equal((0, 1L), (root.ErrCode, root.Count));
        Assert.Equal(1, child.First.GetProperty("cat_type").GetInt32());
        Assert.StartsWith(root.First.GetProperty("cat_code").GetString()![..3], child.First.GetProperty("cat_code").GetString(), StringComparison.Ordinal);
        Assert.Equal(3L, (await admin.GetAsync("/v1/categories")).Count);
        Assert.Equal(2L, (await admin.GetAsync("/v1/categories?cat_type=1")).Count);
        Assert.Equal(childId, (await admin.GetAsync($"/v1/categories?parentid={rootId}")).First.GetProperty("cat_id").GetInt64());
        Assert.Equal("足球", (await admin.GetAsync($"/v1/categories/{childId}")).First.GetProperty("cat_name").GetString());

        var client = host.Client();
        var before = await client.CallAsync("system.category.list", new { token = "", parentid = 0, cat_type = 1 });
        var hidden = await admin.PutAsync($"/v1/categories/{childId}", new { cat_name = "中超", sort = 1, display = false });
        var after = await client.CallAsync("system.category.list", new { token = "", parentid = 0, cat_type = 1 });
        Assert.Equal(("中超", false), (hidden.First.GetProperty("cat_name").GetString(), hidden.First.GetProperty("display").GetBoolean()));
        Assert.Contains("足球", before.Data!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("中超", after.Data!.Value.GetRawText(), StringComparison.Ordinal);

        var parentFirst = await admin.DeleteAsync($"/v1/categories/{rootId}");
        var deleted = await admin.DeleteAsync($"/v1/categories/{childId}");
        Assert.Equal((409, "cat_id"), Of(parentFirst));
        Assert.Equal((0, childId), (deleted.ErrCode, deleted.First.GetProperty("cat_id").GetInt64()));
        Assert.Equal(404, (await admin.GetAsync($"/v1/categories/{childId}")).HttpStatus);
        Assert.Equal(404, (await admin.DeleteAsync($"/v1/categories/{childId}")).HttpStatus);
        Assert.Equal(0, (await admin.DeleteAsync($"/v1/categories/{rootId}")).ErrCode);
    }

    [Fact]
    public async Task A_goods_category_with_goods_cannot_be_deleted_and_bad_input_changes_nothing()
    {
        await using var host = new AdminRestHost();
        var admin = await host.AdminAsync();
        var mice = await CategoryAsync(admin, "鼠标");
        await admin.PostAsync("/v1/goods", MouseBody(mice));

        Assert.Equal((409, "cat_id"), Of(await admin.DeleteAsync($"/v1/categories/{mice}")));
        Assert.Equal((400, "cat_type"), Of(await admin.PostAsync("/v1/categories", new { cat_name = "x", cat_type = 4 })));
        Assert.Equal((400, "cat_name"), Of(await admin.PostAsync("/v1/categories", new { cat_name = new string('名', 51), cat_type = 3 })));
        Assert.Equal((400, "cat_name"), Of(await admin.PostAsync("/v1/categories", new { cat_name = "", cat_type = 3 })));
        Assert.Equal((400, "parentid"), Of(await admin.PostAsync("/v1/categories", new { cat_name = "x", cat_type = 3, parentid = 999_999 })));
        Assert.Equal((400, "parentid"), Of(await admin.PostAsync("/v1/categories", new { cat_name = "x", cat_type = 1, parentid = mice })));
        Assert.Equal((400, "cat_type"), Of(await admin.PostAsync("/v1/categories", new { cat_name = "x" })));
        Assert.Equal((400, "sort"), Of(await admin.PutAsync($"/v1/categories/{mice}", new { cat_name = "x", sort = 2_000_000 })));
        Assert.Equal((404, "cat_id"), Of(await admin.PutAsync("/v1/categories/999999", new { cat_name = "x" })));
        Assert.Equal((400, "cat_type"), Of(await admin.GetAsync("/v1/categories?cat_type=9")));

        var all = await admin.GetAsync("/v1/categories");
        Assert.Equal(1L, all.Count);
        Assert.Equal("鼠标", all.First.GetProperty("cat_name").GetString());
    }
}
