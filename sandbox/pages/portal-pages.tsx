import { RefusalAlert } from './create-page';
import { ForgeFrame, type BoundFrame } from './forge-frame';
import { Lozenge } from './issue-page';
import type { Refusal } from './jira-client';
import type { PortalGroup, PortalRequest, PortalRequestType } from './portal-data';
import type { FormValues, ScreenField } from './screen-field';
import { ScreenFields } from './screen-fields';
import type { PageViewer } from '../sandbox-services';

/*
 * JSM's customer portal as the sandbox shows it: what a customer sees, built only from what JSM's
 * REST API answers them. Agents see their own requests here too, as on JSM's portal.
 */

const PortalNav = () => (
  <nav className="actions" aria-label="Portal">
    <a href="/portal">Help center</a>
    <a href="/portal/profile">Profile</a>
  </nav>
);

const statusOf = (request: PortalRequest) =>
  request.currentStatus === undefined ? null : <Lozenge category={request.currentStatus.statusCategory.toLowerCase()}>{request.currentStatus.status}</Lozenge>;

/** A request field's value as text: JSM gives the summary and plain-text fields as strings. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

const summaryOf = (request: PortalRequest): string => textOf(request.requestFieldValues.find((field) => field.fieldId === 'summary')?.value ?? '');

export const PortalHomePage = ({ requests, groups }: { requests: readonly PortalRequest[]; groups: readonly PortalGroup[] }) => (
  <section aria-labelledby="portal">
    <h1 id="portal">Help center</h1>
    <PortalNav />
    <h2 id="my-requests">My requests</h2>
    {requests.length === 0 ? (
      <p className="none">You have no requests yet.</p>
    ) : (
      <table className="issue-table" aria-labelledby="my-requests">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Summary</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.issueKey}>
              <td>
                <a href={`/portal/request/${request.issueKey}`}>{request.issueKey}</a>
              </td>
              <td>{summaryOf(request)}</td>
              <td>{statusOf(request)}</td>
              <td>{request.createdDate.friendly}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    <h2>Raise a request</h2>
    {groups.length === 0 && <p className="none">No request types are offered on this portal.</p>}
    {groups.map((group) => (
      <div key={`${group.deskName}/${group.name}`} className="card">
        <h3>
          {group.name} <span className="muted">({group.deskName})</span>
        </h3>
        <ul className="plain-list">
          {group.types.map((type) => (
            <li key={type.id}>
              <a href={`/portal/create/${type.id}`}>{type.name}</a> <span className="muted">{type.description}</span>
            </li>
          ))}
        </ul>
      </div>
    ))}
  </section>
);

export interface PortalCreateData {
  readonly type: PortalRequestType;
  readonly fields: readonly ScreenField[];
  readonly values: FormValues;
  readonly refusal: Refusal | null;
}

export const PortalCreatePage = ({ type, fields, values, refusal }: PortalCreateData) => (
  <section className="narrow" aria-labelledby="portal-create">
    <h1 id="portal-create">{type.name}</h1>
    <p className="muted">{type.description}</p>
    <RefusalAlert refusal={refusal} />
    <form method="post" action={`/portal/create/${type.id}`} className="form" aria-label={`Raise ${type.name}`}>
      <ScreenFields fields={fields} values={values} errors={refusal?.fields ?? {}} users={[]} idPrefix="portal" />
      <div className="actions">
        <button type="submit" className="button button-primary">
          Send
        </button>
        <a href="/portal" className="button">
          Cancel
        </a>
      </div>
    </form>
  </section>
);

interface FrameProps {
  readonly frame: BoundFrame | null;
  readonly viewer: PageViewer;
  readonly siteUrl: string;
}

const AppFrame = ({ frame, viewer, siteUrl }: FrameProps) =>
  frame === null ? null : (
    <div className="card">
      <h2>{frame.module.title}</h2>
      <ForgeFrame frame={frame} viewer={viewer} siteUrl={siteUrl} />
    </div>
  );

export const PortalRequestPage = ({ request, ...frame }: FrameProps & { request: PortalRequest }) => (
  <section aria-labelledby="portal-request">
    <PortalNav />
    <h1 id="portal-request">
      {request.issueKey}: {summaryOf(request)}
    </h1>
    <dl className="details">
      <div className="detail">
        <dt>Status</dt>
        <dd>{statusOf(request)}</dd>
      </div>
      <div className="detail">
        <dt>Created</dt>
        <dd>{request.createdDate.friendly}</dd>
      </div>
      {request.requestFieldValues
        .filter((field) => field.fieldId !== 'summary')
        .map((field) => (
          <div className="detail" key={field.fieldId}>
            <dt>{field.label}</dt>
            <dd>{textOf(field.value)}</dd>
          </div>
        ))}
    </dl>
    <AppFrame {...frame} />
  </section>
);

export const PortalProfilePage = (props: FrameProps) => (
  <section aria-labelledby="portal-profile">
    <PortalNav />
    <h1 id="portal-profile">Profile</h1>
    <p>
      {props.viewer.user.displayName} <span className="muted">{props.viewer.user.email}</span>
    </p>
    <AppFrame {...props} />
  </section>
);
