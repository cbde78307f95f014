// Khabar's GraphiQL start-up: the console opens on a query that walks the graph (stories → people → related
// stories), and the schema's descriptions are in the docs pane. Served in place of SmallRye's render.js.
// Anonymous on purpose: a named operation would stay selected after a user replaces the text with their own query.
const defaultQuery = `# Khabar: Arabic news as a graph. Press ▶ (or Ctrl+Enter) to run; open the docs pane for every type.
# Stories, newest first, with the people in them and the stories worth reading next:
{
  articles(first: 5, kind: MAIN) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      title
      publishedAt
      people {
        count
        roles
        person { id name nameLatin aliases storyCount }
      }
      relatedStories(first: 3) {
        score
        reasons
        sharedPeople { name }
        article { id title kind }
      }
    }
  }
}
`;

const parameters = Object.fromEntries(new URLSearchParams(window.location.search).entries());

function updateURL() {
  const search = new URLSearchParams(Object.entries(parameters).filter(([, value]) => Boolean(value)));
  history.replaceState(null, '', '?' + search.toString());
}

function edit(name) {
  return (value) => {
    parameters[name] = value;
    updateURL();
  };
}

const fetcher = GraphiQL.createFetcher({
  url: window.location.protocol + '//' + window.location.host + '/graphql',
  headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
});

ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher,
    query: parameters.query,
    variables: parameters.variables,
    onEditQuery: edit('query'),
    onEditVariables: edit('variables'),
    defaultQuery,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: false,
  }),
  document.getElementById('graphiql'),
);
