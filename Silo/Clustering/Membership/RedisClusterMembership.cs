using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Orleans.Runtime.Membership;

/// <summary>Cluster membership kept in Redis (see <see cref="RedisMembershipTable"/>). In a silo it joins, turns
/// Active once the host has started, heartbeats, judges peers whose I-am-alive is older than the death timeout, and
/// fences itself: a silo that is declared dead, removed, or unsure (no successful read for longer than the death
/// timeout) publishes a view without itself, so it refuses every call; declared dead, it also stops its host and
/// never joins again under this generation. In a client (API host) it only reads.
/// The periodic work is driven by <see cref="RedisMembershipService"/>; every method here is one step of it.</summary>
internal sealed class RedisClusterMembership : IClusterMembership
{
    /// <summary>Attempts of one step against concurrent writers before it gives up until its next period.</summary>
    private const int MaxAttempts = 10;

    /// <summary>Dead entries stay this many death timeouts (5 minutes by default), then are removed. A silo paused for
    /// longer finds its entry gone from a table of the same epoch, which means dead as well.</summary>
    private const int DeadRetentionTimeouts = 30;

    private const int NotJoined = -1;

    private readonly RedisMembershipTable _table;
    private readonly ClusterOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly IHostApplicationLifetime? _lifetime;
    private readonly string? _selfField;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly object _publishLock = new();

    private volatile ClusterView _fullView = ClusterView.Empty;
    private volatile ClusterView _viewWithoutSelf = ClusterView.Empty;
    private ClusterView _published = ClusterView.Empty;

    // The status this process holds itself to (NotJoined or a SiloStatus); read without the gate by CurrentView.
    private volatile int _status = NotJoined;
    private volatile bool _fenced;
    private long _lastReadTicks = long.MinValue;

    // Below: only touched under _gate.
    private MembershipRow? _own;
    private string? _ownEpoch;
    private DateTimeOffset _startTime;
    private long _lastVersion;
    private DateTimeOffset? _contactSince;
    private bool _outOfTouchAtRead;
    private bool _unreachable;
    private long _readsStarted;
    private long _readsCompleted;
    private int _conflicts;

    public RedisClusterMembership(
        RedisMembershipTable table,
        ClusterOptions options,
        TimeProvider clock,
        ILogger<RedisClusterMembership> logger,
        SiloAddress? localSilo,
        IHostApplicationLifetime? lifetime)
    {
        _table = table;
        _options = options;
        _clock = clock;
        _logger = logger;
        LocalSilo = localSilo;
        _lifetime = lifetime;
        _selfField = localSilo?.ToString();
    }

    public SiloAddress? LocalSilo { get; }

    public ClusterView CurrentView => LocalSilo is null || ServesNow(_clock.GetUtcNow()) ? _fullView : _viewWithoutSelf;

    public event Action<ClusterView>? ViewChanged;

    /// <summary>This silo's status as it holds itself to it; null before it joined.</summary>
    internal SiloStatus? Status => _status == NotJoined ? null : (SiloStatus)_status;

    /// <summary>True once this silo found it must never serve again under its generation.</summary>
    internal bool IsFenced => _fenced;

    /// <summary>Writes that lost a race with another writer and were retried (tests check races happened).</summary>
    internal int Conflicts => Volatile.Read(ref _conflicts);

    private bool IsMember => !_fenced && Status is SiloStatus.Joining or SiloStatus.Active or SiloStatus.ShuttingDown;

    public async Task<ClusterView> RefreshAsync(CancellationToken cancellationToken = default)
    {
        // Many callers (every call that just failed) may ask at once: one read that started after a caller asked
        // answers it too, so a storm of failures costs a few reads, not one each.
        var wanted = Interlocked.Read(ref _readsStarted) + 1;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Interlocked.Read(ref _readsCompleted) < wanted)
            {
                await ReadAndActAsync();
            }
        }
        finally
        {
            _gate.Release();
        }

        Publish();
        return CurrentView;
    }

    /// <summary>Inserts this silo as Joining (a fresh generation: it was never in the table). Older generations of
    /// the same endpoint still listed as alive are declared dead in the same write: their process is gone.</summary>
    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        var self = LocalSilo ?? throw new InvalidOperationException("A client does not join the cluster.");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_fenced || Status is not null)
            {
                return;
            }

            _startTime = _clock.GetUtcNow();
            var snapshot = await ReadAsync();
            for (var attempt = 0; attempt < MaxAttempts && Status is null && !_fenced; attempt++)
            {
                if (snapshot.Rows.TryGetValue(_selfField!, out var existing))
                {
                    // An earlier attempt committed but its answer was lost.
                    if (existing.Entry.Status == SiloStatus.Dead)
                    {
                        Fence("its entry is already dead");
                    }
                    else
                    {
                        (_own, _ownEpoch, _status) = (existing, snapshot.Epoch, (int)existing.Entry.Status);
                    }

                    break;
                }

                var now = _clock.GetUtcNow();
                var entry = new MembershipEntry(self.Endpoint, self.Generation, SiloStatus.Joining, _startTime, now);
                var superseded = snapshot.Rows.Values
                    .Where(r => r.Entry.Endpoint == self.Endpoint && r.Entry.Generation < self.Generation && r.Entry.Status != SiloStatus.Dead)
                    .ToArray();
                var epoch = snapshot.Epoch ?? NewEpoch();
                var written = snapshot.Exists
                    ? await _table.TryUpdateAsync(snapshot, [entry, .. superseded.Select(r => r.Entry with { Status = SiloStatus.Dead })], [], superseded)
                    : await _table.TryCreateAsync(_lastVersion + 1, epoch, [entry]);
                if (written)
                {
                    (_ownEpoch, _status) = (epoch, (int)SiloStatus.Joining);
                    MembershipLog.Joined(_logger, self, _options.ClusterId);
                    foreach (var old in superseded)
                    {
                        MembershipLog.DeclaredDead(_logger, old.Entry.Address, old.Entry.IAmAliveTime, _options.DeathTimeout);
                    }
                }
                else
                {
                    OnConflict(snapshot);
                }

                snapshot = await ReadAsync();
            }

            if (Status is null && !_fenced)
            {
                throw new InvalidOperationException($"Silo {self} could not join: the membership table kept changing.");
            }

            snapshot = await CheckSelfAsync(snapshot, outOfTouch: false);
            Adopt(snapshot);
        }
        finally
        {
            _gate.Release();
        }

        Publish();
    }

    /// <summary>Joining -> Active, once the host has started: from now on this silo owns its share of grains.</summary>
    public Task<bool> ActivateAsync(CancellationToken cancellationToken) => ChangeStatusAsync(SiloStatus.Active, cancellationToken);

    /// <summary>Graceful stop: ShuttingDown (peers re-place its grains at once), then Dead.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await ChangeStatusAsync(SiloStatus.ShuttingDown, cancellationToken);
        await ChangeStatusAsync(SiloStatus.Dead, cancellationToken);
    }

    /// <summary>Writes I-am-alive, only over the entry this silo last saw: if a peer declared it dead (or the table was
    /// lost) in between, the write fails and a read tells what happened.</summary>
    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsMember)
            {
                return;
            }

            if (_own is null)
            {
                await ReadAndActAsync();
                return;
            }

            try
            {
                if (await _table.TryHeartbeatAsync(_own, _clock.GetUtcNow()) is { } written)
                {
                    _own = written;
                }
                else
                {
                    await ReadAndActAsync();
                }
            }
            catch (Exception exception) when (IsRedisFailure(exception))
            {
                OnUnreachable(exception);
            }
        }
        finally
        {
            _gate.Release();
        }

        Publish();
    }

    private static bool IsRedisFailure(Exception exception) => exception is RedisException or TimeoutException;

    private static string NewEpoch() => Guid.NewGuid().ToString("N");

    private static bool SameView(ClusterView a, ClusterView b) => a.Version == b.Version && a.ActiveSilos.SequenceEqual(b.ActiveSilos);

    private bool ServesNow(DateTimeOffset now) => !_fenced && _status == (int)SiloStatus.Active && !IsUnsure(now);

    private bool IsUnsure(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastReadTicks);
        return last == long.MinValue || now.UtcTicks - last > _options.DeathTimeout.Ticks;
    }

    private async Task<bool> ChangeStatusAsync(SiloStatus target, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = Status;
            var allowed = target switch
            {
                SiloStatus.Active => current == SiloStatus.Joining,
                SiloStatus.ShuttingDown => current is SiloStatus.Joining or SiloStatus.Active,
                _ => current is SiloStatus.Joining or SiloStatus.Active or SiloStatus.ShuttingDown,
            };
            if (_fenced || !allowed)
            {
                return current == target;
            }

            if (target != SiloStatus.Active)
            {
                // Leaving: out of this process's own view at once, whether or not Redis takes the write.
                _status = (int)target;
            }

            var snapshot = await ReadAsync();
            var outOfTouch = _outOfTouchAtRead;
            var done = false;
            for (var attempt = 0; attempt < MaxAttempts && !done && !_fenced; attempt++)
            {
                if (IsMember)
                {
                    snapshot = await CheckSelfAsync(snapshot, outOfTouch);
                }

                if (_fenced)
                {
                    break;
                }

                if (!snapshot.Rows.TryGetValue(_selfField!, out var own))
                {
                    // Table lost while leaving (nothing to mark), or our re-insert lost a race (try again).
                    done = target != SiloStatus.Active;
                    snapshot = done ? snapshot : await ReadAsync();
                    continue;
                }

                if (own.Entry.Status == target)
                {
                    done = true;
                    break;
                }

                var written = await _table.TryUpdateAsync(snapshot, [own.Entry with { Status = target, IAmAliveTime = _clock.GetUtcNow() }], [], [own]);
                if (written)
                {
                    done = true;
                    MembershipLog.StatusChanged(_logger, LocalSilo!, target);
                }
                else
                {
                    OnConflict(snapshot);
                }

                snapshot = await ReadAsync();
            }

            if (done && target == SiloStatus.Active)
            {
                _status = (int)SiloStatus.Active;
            }

            if (IsMember)
            {
                snapshot = await CheckSelfAsync(snapshot, outOfTouch);
            }

            Adopt(snapshot);
            return done;
        }
        finally
        {
            _gate.Release();
            Publish();
        }
    }

    /// <summary>One read of the table and what it calls for: checking this silo's own entry, judging peers, and
    /// adopting the view. Redis failures are logged and leave the last view in place.</summary>
    private async Task ReadAndActAsync()
    {
        try
        {
            var snapshot = await ReadAsync();
            var outOfTouch = _outOfTouchAtRead;
            if (IsMember)
            {
                snapshot = await CheckSelfAsync(snapshot, outOfTouch);
            }

            if (!_fenced && Status == SiloStatus.Active)
            {
                snapshot = await JudgePeersAsync(snapshot, outOfTouch);
            }

            Adopt(snapshot);
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            OnUnreachable(exception);
        }
    }

    private async Task<MembershipSnapshot> ReadAsync()
    {
        var sequence = Interlocked.Increment(ref _readsStarted);
        try
        {
            var snapshot = await _table.ReadAsync();
            var now = _clock.GetUtcNow();

            // Out of touch: the previous successful read is older than the death timeout (a pause, an outage), so
            // peers may have judged this silo meanwhile. Peers' I-am-alive times are only counted from the start of
            // the current stretch of contact: after an outage everybody's entry is old, and nobody is dead for it.
            _outOfTouchAtRead = IsUnsure(now);
            if (_outOfTouchAtRead || _contactSince is null)
            {
                _contactSince = now;
            }

            Interlocked.Exchange(ref _lastReadTicks, now.UtcTicks);
            _lastVersion = Math.Max(_lastVersion, snapshot.Version);
            if (_unreachable)
            {
                _unreachable = false;
                MembershipLog.Reachable(_logger, _options.ClusterId);
            }

            return snapshot;
        }
        catch (Exception exception) when (IsRedisFailure(exception))
        {
            _contactSince = null;
            throw;
        }
        finally
        {
            Interlocked.Exchange(ref _readsCompleted, sequence);
        }
    }

    /// <summary>What the table says about this silo. Dead, or missing from a table of the epoch it was in: fence.
    /// Missing because the table was lost (Redis restarted empty): insert the entry again, same generation, unless
    /// this silo was out of touch long enough to have been declared dead in the table that was lost.</summary>
    private async Task<MembershipSnapshot> CheckSelfAsync(MembershipSnapshot snapshot, bool outOfTouch)
    {
        var self = LocalSilo!;
        for (var attempt = 0; ; attempt++)
        {
            if (snapshot.Rows.TryGetValue(_selfField!, out var own))
            {
                if (own.Entry.Status == SiloStatus.Dead)
                {
                    Fence("it is declared dead in the membership table");
                }
                else
                {
                    (_own, _ownEpoch) = (own, snapshot.Epoch);
                }

                return snapshot;
            }

            if (snapshot.Exists && _ownEpoch is not null && snapshot.Epoch == _ownEpoch)
            {
                Fence("its entry was removed from the membership table");
                return snapshot;
            }

            if (outOfTouch)
            {
                Fence("the membership table was lost while this silo was out of touch for longer than the death timeout, so it cannot tell whether it was declared dead");
                return snapshot;
            }

            if (Status == SiloStatus.ShuttingDown || attempt >= MaxAttempts)
            {
                return snapshot;
            }

            var entry = new MembershipEntry(self.Endpoint, self.Generation, Status!.Value, _startTime, _clock.GetUtcNow());
            var written = snapshot.Exists
                ? await _table.TryUpdateAsync(snapshot, [entry], [], [])
                : await _table.TryCreateAsync(_lastVersion + 1, NewEpoch(), [entry]);
            if (written)
            {
                MembershipLog.Reinserted(_logger, _options.ClusterId, self);
            }
            else
            {
                OnConflict(snapshot);
            }

            snapshot = await ReadAsync();
        }
    }

    /// <summary>Declares dead every peer whose I-am-alive is older than the death timeout, in one write conditioned
    /// on the version and on each judged entry being unchanged (a heartbeat that lands first saves its silo). Two
    /// peers judging at once: one write wins, the other re-reads and finds nothing left to do.</summary>
    private async Task<MembershipSnapshot> JudgePeersAsync(MembershipSnapshot snapshot, bool outOfTouch)
    {
        var timeout = _options.DeathTimeout;
        var retention = timeout * DeadRetentionTimeouts;
        for (var attempt = 0; attempt < MaxAttempts && !_fenced && snapshot.Exists; attempt++)
        {
            var now = _clock.GetUtcNow();
            var contactSince = _contactSince ?? now;
            var suspects = snapshot.Rows.Values
                .Where(r => r.Field != _selfField && r.Entry.Status != SiloStatus.Dead)
                .Where(r => now - Max(r.Entry.IAmAliveTime, contactSince) > timeout)
                .ToArray();
            var expired = snapshot.Rows.Values
                .Where(r => r.Field != _selfField && r.Entry.Status == SiloStatus.Dead && now - r.Entry.IAmAliveTime > retention)
                .ToArray();
            if (suspects.Length == 0 && expired.Length == 0)
            {
                break;
            }

            var written = await _table.TryUpdateAsync(
                snapshot,
                [.. suspects.Select(r => r.Entry with { Status = SiloStatus.Dead })],
                [.. expired.Select(r => r.Field)],
                [.. suspects, .. expired]);
            if (written)
            {
                foreach (var suspect in suspects)
                {
                    MembershipLog.DeclaredDead(_logger, suspect.Entry.Address, suspect.Entry.IAmAliveTime, timeout);
                }

                if (expired.Length > 0)
                {
                    MembershipLog.Purged(_logger, expired.Length, retention);
                }
            }
            else
            {
                OnConflict(snapshot);
            }

            snapshot = await CheckSelfAsync(await ReadAsync(), outOfTouch);
        }

        return snapshot;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void Adopt(MembershipSnapshot snapshot)
    {
        // A missing table keeps the last view: the silos in it are most likely alive and re-inserting themselves.
        if (!snapshot.Exists)
        {
            return;
        }

        var active = snapshot.Rows.Values.Where(r => r.Entry.Status == SiloStatus.Active).Select(r => r.Entry.Address).ToArray();
        _viewWithoutSelf = new ClusterView(snapshot.Version, active.Where(a => a != LocalSilo));
        _fullView = new ClusterView(snapshot.Version, active);
    }

    private void Fence(string reason)
    {
        if (_fenced)
        {
            return;
        }

        _fenced = true;
        _status = (int)SiloStatus.Dead;
        MembershipLog.Fenced(_logger, LocalSilo!, reason);
        _lifetime?.StopApplication();
    }

    private void OnConflict(MembershipSnapshot snapshot)
    {
        Interlocked.Increment(ref _conflicts);
        MembershipLog.Conflict(_logger, _options.ClusterId, snapshot.Version);
    }

    private void OnUnreachable(Exception exception)
    {
        _contactSince = null;
        if (_unreachable)
        {
            MembershipLog.StillUnreachable(_logger, _options.ClusterId, exception.Message);
        }
        else
        {
            _unreachable = true;
            MembershipLog.Unreachable(_logger, exception, _options.ClusterId, _fullView.Version);
        }
    }

    /// <summary>Raises <see cref="ViewChanged"/> when the view this process serves by changed: a new table version, or
    /// this silo leaving or re-entering its own view (fenced, unsure, activated). In order, one at a time.</summary>
    private void Publish()
    {
        lock (_publishLock)
        {
            var current = CurrentView;
            if (SameView(current, _published))
            {
                return;
            }

            _published = current;
            MembershipLog.ViewPublished(_logger, current.Version, current.ActiveSilos.Count, string.Join(", ", current.ActiveSilos));
            try
            {
                ViewChanged?.Invoke(current);
            }
            catch (Exception exception)
            {
                // A subscriber's failure must not stop membership from running; it is logged and the next change
                // reaches every subscriber again.
                MembershipLog.HandlerFailed(_logger, exception);
            }
        }
    }
}
