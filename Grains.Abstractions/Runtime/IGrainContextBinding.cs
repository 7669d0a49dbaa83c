namespace Orleans;

/// <summary>Lets the runtime hand a freshly constructed grain its context. Grain authors never call this.</summary>
public interface IGrainContextBinding
{
    void Bind(IGrainContext context);
}
