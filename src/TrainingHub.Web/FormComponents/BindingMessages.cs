using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TrainingHub.Web.FormComponents;

/// <summary>Puts the programme's words in place of the model binder's technical message for a value it could not read.</summary>
public static class BindingMessages
{
    public static void Replace(ModelStateDictionary state, string keyPrefix, string message)
    {
        var keys = state.Where(kv => kv.Key.StartsWith(keyPrefix, StringComparison.Ordinal) && kv.Value is { Errors.Count: > 0 }).Select(kv => kv.Key).ToList();
        foreach (var key in keys) state[key]!.Errors.Clear();
        if (keys.Count > 0) state.AddModelError(keyPrefix, message);
    }
}
