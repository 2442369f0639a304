namespace Divergence.Server.Engagements;

/// <summary>How divergence events change the open divergences of a report; shared by the projection and the decider.</summary>
public static class DivergenceFold
{
    public static void Apply(EngagementReport report, object e)
    {
        switch (e)
        {
            case OmissionOpened o:
                report.Omissions.RemoveAll(x => x.Id == o.Omission.Id);
                report.Omissions.Add(o.Omission);
                break;
            case FramingOpened f:
                report.Framing.RemoveAll(x => x.Id == f.Framing.Id);
                report.Framing.Add(f.Framing);
                break;
            case OmissionRestated o when report.Omissions.FindIndex(x => x.Id == o.Omission.Id) is var i and >= 0:
                report.Omissions[i] = o.Omission;
                break;
            case FramingRestated f when report.Framing.FindIndex(x => x.Id == f.Framing.Id) is var i and >= 0:
                report.Framing[i] = f.Framing;
                break;
            case DivergenceClosed c:
                report.Omissions.RemoveAll(x => x.Id == c.DivergenceId);
                report.Framing.RemoveAll(x => x.Id == c.DivergenceId);
                break;
        }
    }
}
