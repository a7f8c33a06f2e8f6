namespace TrainingHub.Web.Data.Entities;

/// <summary>An integrated care system (ICS) and its board (ICB): the top of the programme's geography.</summary>
public class IntegratedCareSystem
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>ODS code of the ICB, where known (e.g. QU9 for Buckinghamshire, Oxfordshire and Berkshire West).</summary>
    public string? Code { get; set; }
    public List<Place> Places { get; set; } = [];
}

/// <summary>A place: a CCG or sub-ICB location, identified by the commissioner code practices carry in ODS.</summary>
public class Place
{
    public int Id { get; set; }
    public int IntegratedCareSystemId { get; set; }
    public IntegratedCareSystem? IntegratedCareSystem { get; set; }
    public required string Name { get; set; }
    public required string CommissionerCode { get; set; }
    public List<PrimaryCareNetwork> PrimaryCareNetworks { get; set; } = [];
    public List<Practice> Practices { get; set; } = [];
}

public class PrimaryCareNetwork
{
    public int Id { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public required string Name { get; set; }
    public string? Code { get; set; }
}
