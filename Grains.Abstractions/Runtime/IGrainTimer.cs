namespace Orleans;

/// <summary>A grain timer. Disposing it stops further ticks; a tick already running finishes.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the next tick comes and the period after it.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
