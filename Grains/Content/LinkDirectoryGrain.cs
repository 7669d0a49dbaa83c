using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class LinkDirectoryGrain(
    [PersistentState("state")] IPersistentState<LinkDirectoryState> state,
    TimeProvider clock) : Grain, ILinkDirectoryGrain
{
    /// <summary>Bounds what the directory (and one durable write of it) carries.</summary>
    public const int MaxLinks = 1000;

    private List<LinkInfo> Links => state.State.Links;

    public Task<IReadOnlyList<LinkInfo>> List() => Task.FromResult<IReadOnlyList<LinkInfo>>(Ordered(Links).ToList());

    public Task<LinkInfo?> Get(long linkId) => Task.FromResult(Links.Find(l => l.LinkId == linkId));

    public async Task<LinkInfo?> Save(LinkInfo link)
    {
        if (link.Check() is { } problem)
        {
            throw problem.ToException();
        }

        var now = clock.GetUtcNow();
        LinkInfo stored;
        if (link.LinkId == 0)
        {
            if (Links.Count >= MaxLinks)
            {
                throw new InvalidOperationException($"The directory holds at most {MaxLinks} links.");
            }

            stored = link with { LinkId = await GrainFactory.GetGrain<IIdGeneratorGrain>("link").Next(), CreatedAt = now, UpdatedAt = now };
            Links.Add(stored);
        }
        else if (Links.FindIndex(l => l.LinkId == link.LinkId) is var index and >= 0)
        {
            stored = link with { CreatedAt = Links[index].CreatedAt, UpdatedAt = now };
            Links[index] = stored;
        }
        else
        {
            return null;
        }

        await state.WriteStateAsync();
        return stored;
    }

    public async Task<bool> Delete(long linkId)
    {
        if (Links.RemoveAll(l => l.LinkId == linkId) == 0)
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<LinkInfo>> ListDisplayed() =>
        Task.FromResult<IReadOnlyList<LinkInfo>>(Ordered(Links).Where(l => l.Display).ToList());

    private static IEnumerable<LinkInfo> Ordered(IEnumerable<LinkInfo> links) => links.OrderBy(l => l.Sort).ThenBy(l => l.LinkId);
}
