using System.Text.Json;
using Orleans.Grains.Catalog;

namespace Orleans.Tests.Catalogue;

public sealed class CategoryListTests
{
    [Fact]
    public async Task Tree_is_keyed_0_id_with_sub_object_or_empty_array_and_holds_only_the_asked_type()
    {
        await using var host = CatalogHost.Start();
        var finance = await host.CategoryAsync("理财资讯", CategoryType.Article);
        var fund = await host.CategoryAsync("基金", CategoryType.Article, finance);
        var stocks = await host.CategoryAsync("股票", CategoryType.Article, finance);
        var sports = await host.CategoryAsync("体育新闻", CategoryType.Article);
        await host.CategoryAsync("搜索引擎", CategoryType.Link);
        await host.CategoryAsync("数码", CategoryType.Goods);

        var reply = await host.Client.CallAsync("system.category.list", new { token = "", parentid = 0, cat_type = 1 });

        Assert.Equal(200, reply.Code);
        var data = reply.Data!.Value;
        Assert.Equal([$"0_{finance}", $"0_{sports}"], data.EnumerateObject().Select(p => p.Name));
        var root = data.GetProperty($"0_{finance}");
        Assert.Equal(finance, root.GetProperty("cat_id").GetInt64());
        Assert.Equal("理财资讯", root.GetProperty("cat_name").GetString());
        Assert.Equal(0, root.GetProperty("parentid").GetInt64());
        Assert.Equal("100000000000000000000000000000", root.GetProperty("cat_code").GetString());
        var sub = root.GetProperty("sub");
        Assert.Equal(JsonValueKind.Object, sub.ValueKind);
        var child = sub.GetProperty($"0_{fund}");
        Assert.Equal(finance, child.GetProperty("parentid").GetInt64());
        Assert.Equal("100100000000000000000000000000", child.GetProperty("cat_code").GetString());
        Assert.Equal("100101000000000000000000000000", sub.GetProperty($"0_{stocks}").GetProperty("cat_code").GetString());
        Assert.Equal(JsonValueKind.Array, child.GetProperty("sub").ValueKind);
        Assert.Equal(0, child.GetProperty("sub").GetArrayLength());
        Assert.Equal("101000000000000000000000000000", data.GetProperty($"0_{sports}").GetProperty("cat_code").GetString());
    }

    [Fact]
    public async Task Parentid_gives_the_subtree_and_hidden_categories_and_their_children_are_left_out()
    {
        await using var host = CatalogHost.Start();
        var digital = await host.CategoryAsync("数码");
        var keyboards = await host.CategoryAsync("键盘", parentId: digital);
        var hidden = await host.CategoryAsync("下线分类", parentId: digital, display: false);
        await host.CategoryAsync("下线分类的子类", parentId: hidden);

        var reply = await host.Client.CallAsync("system.category.list", new { token = "", parentid = digital, cat_type = 3 });

        Assert.Equal(200, reply.Code);
        Assert.Equal([$"0_{keyboards}"], reply.Data!.Value.EnumerateObject().Select(p => p.Name));
        var empty = await host.Client.CallAsync("system.category.list", new { token = "", parentid = hidden, cat_type = 3 });
        Assert.Equal(JsonValueKind.Object, empty.Data!.Value.ValueKind);
        Assert.Empty(empty.Data.Value.EnumerateObject());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task Unknown_cat_type_is_a_parameter_error(int catType)
    {
        await using var host = CatalogHost.Start();

        var reply = await host.Client.CallAsync("system.category.list", new { token = "", parentid = 0, cat_type = catType });

        Assert.Equal(503, reply.Code);
        Assert.Contains("cat_type", reply.Msg);
    }
}
