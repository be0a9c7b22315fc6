import type { GuardSection } from './sections';
import type { GuardActions, GuardView } from './types';

/** The setup guard's body: the live verdict on the form as it stands, drawn section by section. */
export function SetupGuard({
  view,
  actions,
  sections,
}: {
  view: GuardView;
  actions: GuardActions;
  sections: readonly GuardSection[];
}) {
  return (
    <div class="cp-guard">
      {sections.map((Section) => (
        // Each section is its own component, listed once: the function is its key.
        <Section key={Section} view={view} actions={actions} />
      ))}
    </div>
  );
}
