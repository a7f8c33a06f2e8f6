using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// A person who uses the keyboard alone: Tab and Shift+Tab to move, Enter and Space to act, typing into fields. Every
/// stop on the way is checked for a visible focus indicator, as WCAG 2.4.7 asks.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    public const int MaxTabs = 60;

    public sealed record Focused(string Tag, string Name, bool InMain, bool Visible, string Outline, string BoxShadow);

    /// <summary>
    /// Presses Tab (or Shift+Tab) until the focused element's accessible text starts with <paramref name="name"/>,
    /// failing when it never comes or when any element passed on the way shows no focus.
    /// </summary>
    public async Task<Focused> TabToAsync(string name, bool backwards = false)
    {
        var passed = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await FocusedAsync();
            // Past the last control focus leaves the page (the body) before wrapping round to the top.
            if (focused.Tag == "body") continue;
            if (!focused.Visible)
                throw new XunitException($"At {page.Url}, {focused.Tag} '{focused.Name}' has focus but no visible focus indicator (outline {focused.Outline}, box-shadow {focused.BoxShadow})");
            if (focused.Name.StartsWith(name, StringComparison.Ordinal)) return focused;
            passed.Add($"{focused.Tag} '{focused.Name}'");
        }
        throw new XunitException($"At {page.Url}, {MaxTabs} presses of {(backwards ? "Shift+Tab" : "Tab")} never reached '{name}'. Passed: {string.Join(", ", passed)}");
    }

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    /// <summary>What has focus now: an input by its label, anything else by its text; and whether its focus shows.</summary>
    public async Task<Focused> FocusedAsync()
    {
        var json = await page.EvaluateAsync<JsonElement>(@"() => {
            const e = document.activeElement || document.body;
            const s = getComputedStyle(e);
            const text = (e.labels && e.labels.length ? e.labels[0].textContent : (e.getAttribute('aria-label') || e.textContent || e.value || ''));
            const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            // The NHS.UK focus style: a yellow (#ffeb3b) background with a dark underline, or a yellow outline and dark shadow.
            const yellow = s.backgroundColor === 'rgb(255, 235, 59)';
            return { tag: e.tagName.toLowerCase(), name: text.replace(/\s+/g, ' ').trim(), inMain: !!e.closest('main'),
                     visible: outline || shadow || yellow, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
                     boxShadow: `${s.boxShadow}; background ${s.backgroundColor}` };
        }");
        return new Focused(json.GetProperty("tag").GetString()!, json.GetProperty("name").GetString()!, json.GetProperty("inMain").GetBoolean(),
            json.GetProperty("visible").GetBoolean(), json.GetProperty("outline").GetString()!, json.GetProperty("boxShadow").GetString()!);
    }
}
